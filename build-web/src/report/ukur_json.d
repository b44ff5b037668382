build-web/src/report/ukur_json.o: src/report/ukur_json.c \
 src/report/ukur_json.h src/report/../core/ukur.h \
 src/report/../core/capaian.h src/report/../core/model.h \
 src/report/../core/../util/util.h src/report/../core/angka.h \
 src/report/../core/nilai.h src/report/../core/angka.h
src/report/ukur_json.h:
src/report/../core/ukur.h:
src/report/../core/capaian.h:
src/report/../core/model.h:
src/report/../core/../util/util.h:
src/report/../core/angka.h:
src/report/../core/nilai.h:
src/report/../core/angka.h:
