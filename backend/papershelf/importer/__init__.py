"""`papershelf import`: text dumps, the arXiv metadata snapshot and other tools' exports,
one transaction per file, merged by the identity rules (see files.py)."""

from .files import (
    FileReport,
    ImportRefused,
    ImportSummary,
    file_sha256,
    import_dump,
    import_file,
    import_files,
    import_payload,
)

__all__ = ["FileReport", "ImportRefused", "ImportSummary", "file_sha256", "import_dump",
           "import_file", "import_files", "import_payload"]
