"""New empty databases for the API tests, on the engine of the run (as newdb in
tests/cli/lib.inc): KINERJA_ENGINE=pg gives a new database on the PostgreSQL
server that tests/run.sh started (tests/pg/server.sh), as its postgresql:// URI;
otherwise the path of a SQLite file in the test's temporary directory, not yet
created (`kinerja init` creates it)."""
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "pg", "server.sh")


def engine():
    return os.environ.get("KINERJA_ENGINE") or "sqlite"


def newdb(name, tmpdir):
    """A new empty database called `name` (unique within the test)."""
    if engine() == "pg":
        nama = re.sub(r"[^a-z0-9_]", "_", ("k_api_%s_%d" % (name, os.getpid())).lower())[:63]
        r = subprocess.run([SERVER, "newdb", nama], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("tests/pg/server.sh newdb %s: %s" % (nama, r.stderr.strip()))
        return r.stdout.strip()
    return os.path.join(tmpdir, name + ".db")


def sql(db, teks):
    """Runs the SQL statements `teks` on test database `db` behind kinerja's back (with
    python's sqlite3 on SQLite, `tests/pg/server.sh psql` on PostgreSQL) and returns the
    rows of the last one as tuples of strings, all in one transaction (NULL as None on SQLite, '' on PostgreSQL).
    Write `teks` in the SQL both engines share, statements separated by ';' (none
    inside a literal)."""
    if engine() == "pg":
        r = subprocess.run([SERVER, "psql", db, "-tA", "-F", "\x1f", "-c", teks],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("psql: %s" % r.stderr.strip())
        return [tuple(b.split("\x1f")) for b in r.stdout.splitlines()]
    import sqlite3
    c = sqlite3.connect(db, timeout=10, isolation_level=None)
    try:
        cur = c.cursor()
        hasil = []
        cur.execute("BEGIN")  # all in one transaction, as psql -c does
        for perintah in [p for p in teks.split(";") if p.strip()]:
            cur.execute(perintah)
            hasil = [tuple(None if v is None else str(v) for v in b) for b in cur.fetchall()]
        cur.execute("COMMIT")
        return hasil
    finally:
        c.close()


class Kunci:
    """Holds a write lock on test database `db` until `lepas()`, as another process would:
    on SQLite `BEGIN EXCLUSIVE` (in WAL mode readers go on, every writer waits);
    on PostgreSQL a psql session that has run `BEGIN; LOCK TABLE <tabel> IN <mode> MODE`
    and waits, its transaction open, until lepas() rolls it back (EXCLUSIVE lets plain
    reads of the tables through as WAL does, ACCESS EXCLUSIVE blocks them too)."""

    def __init__(self, db, tabel="gagal_masuk, sesi", mode="EXCLUSIVE"):
        self.db = db
        if engine() != "pg":
            import sqlite3
            self.c = sqlite3.connect(db, timeout=0, isolation_level=None)
            self.c.execute("BEGIN EXCLUSIVE")
            return
        self.p = subprocess.Popen([SERVER, "psql", db], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True)
        self.p.stdin.write("BEGIN;\nLOCK TABLE %s IN %s MODE;\n" % (tabel, mode))
        self.p.stdin.flush()
        # Granted when the server lists the session's transaction as idle in it.
        import time
        t0 = time.time()
        while time.time() - t0 < 10:
            if sql(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                       "current_database() AND state = 'idle in transaction' "
                       "AND query LIKE 'LOCK TABLE%'") == [("1",)]:
                return
            if self.p.poll() is not None:
                break
            time.sleep(0.05)
        self.lepas()
        raise RuntimeError("psql did not take the lock: %s" % self.p.stderr.read().strip())

    def lepas(self):
        if engine() != "pg":
            self.c.execute("ROLLBACK")
            self.c.close()
            return
        if self.p.poll() is None:
            try:
                self.p.stdin.write("ROLLBACK;\n")
                self.p.stdin.close()
            except OSError:
                pass  # psql already gone: its transaction ended with it
            try:
                self.p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
