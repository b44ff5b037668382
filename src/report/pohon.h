/*
 * The layout of the pohon kinerja (the web's tree page): an indented tree,
 * one row per node drawn, in depth-first order (children in the order given),
 * each box indented by its depth below the nearest drawn root, with elbow
 * lines from a parent to its drawn children. Pure: works on parent indices, so
 * it is the same for any tree and any choice of nodes shown.
 */
#ifndef KINERJA_POHON_H
#define KINERJA_POHON_H

struct pohon_ukuran {
	int lebar;   /* of the whole drawing, px */
	int tinggi;  /* of one box */
	int jarak;   /* between rows */
	int indentasi;
	int tepi;    /* margin on every side */
};

struct pohon_kotak {
	int simpul;      /* index of the node */
	int dalam;       /* depth below its drawn root */
	int x, y, w, h;
	int tersembunyi; /* its children not drawn */
};

struct pohon_garis {
	int x1, y1, x2, y2;
};

struct pohon_tata {
	int n;                     /* boxes, in drawing order */
	struct pohon_kotak *kotak;
	int n_garis;
	struct pohon_garis *garis;
	int lebar, tinggi;         /* of the drawing */
};

/*
 * Lays out the nodes i < n with tampil[i] != 0. induk[i] is node i's parent
 * index (-1 for a root; a parent not drawn makes a drawn node a root; a cycle
 * is cut at 64 levels). Children keep their index order. The caller releases.
 */
void pohon_tata_hitung(const int *induk, int n, const unsigned char *tampil,
		       const struct pohon_ukuran *u, struct pohon_tata *out);
void pohon_tata_release(struct pohon_tata *t);

#endif
