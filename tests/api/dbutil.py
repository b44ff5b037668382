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
