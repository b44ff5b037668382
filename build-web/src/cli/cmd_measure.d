build-web/src/cli/cmd_measure.o: src/cli/cmd_measure.c \
 src/cli/../core/angka.h src/cli/../core/nilai.h src/cli/../core/angka.h \
 src/cli/../core/model.h src/cli/../core/../util/util.h \
 src/cli/../core/ukur.h src/cli/../core/capaian.h \
 src/cli/../report/ukur_json.h src/cli/../report/../core/ukur.h \
 src/cli/cli.h src/cli/../store/store.h src/cli/../store/../core/model.h \
 src/cli/../store/../util/util.h src/cli/../util/util.h
src/cli/../core/angka.h:
src/cli/../core/nilai.h:
src/cli/../core/angka.h:
src/cli/../core/model.h:
src/cli/../core/../util/util.h:
src/cli/../core/ukur.h:
src/cli/../core/capaian.h:
src/cli/../report/ukur_json.h:
src/cli/../report/../core/ukur.h:
src/cli/cli.h:
src/cli/../store/store.h:
src/cli/../store/../core/model.h:
src/cli/../store/../util/util.h:
src/cli/../util/util.h:
