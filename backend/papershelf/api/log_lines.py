"""How `papershelf serve` logs: one line per record, never a secret.

Every record — ours, uvicorn's, asyncio's, a library's warning — goes through one
handler whose formatter keeps it to one line (a traceback becomes its last line:
the exception's type and message) and blanks anything shaped like a credential:
papershelf tokens, bearer and basic credentials, cookies and Authorization or Cookie
headers quoted anywhere in a message. What never reaches the log at all (tracebacks
with request locals, Datasette's SQL error prints) is stopped at its source:
datasette/plugins/papershelf_errors.py and publish/datasette_app.py.
"""

from __future__ import annotations

import logging
import re
import sys
import warnings

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[redacted]"

_SECRETS = [
    # A papershelf token anywhere (store/tokens.py PREFIX + token_urlsafe).
    (re.compile(r"\bps_[A-Za-z0-9_\-]{8,}"), "ps_" + REDACTED),
    # Credentials after their scheme, in a header or not.
    (re.compile(r"(?i)\b(bearer\s+)[^\s,;'\"]+"), r"\1" + REDACTED),
    (re.compile(r"(?i)\b(basic\s+)[A-Za-z0-9+/=]{8,}"), r"\1" + REDACTED),
    # Header values as a dict, a tuple list or raw text: authorization, cookie, set-cookie.
    (re.compile(r"(?i)((?:proxy-)?authorization|(?:set-)?cookie)(['\"]?\s*[:=,]\s*b?['\"]?)[^'\"\r\n]*"),
     r"\1\2" + REDACTED),
    # Datasette's signed actor and CSRF cookies, and any other name=value that says it
    # is a token or secret.
    (re.compile(r"(?i)\b(ds_actor|ds_csrftoken|ds_messages|csrftoken|[\w-]*(?:token|secret))=[^\s&;,'\"]+"),
     r"\1=" + REDACTED),
]


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


class OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            message += f" ({type(error).__name__}: {error})" if str(error) else f" ({type(error).__name__})"
        record = logging.makeLogRecord({**record.__dict__, "msg": redact(one_line(message)),
                                        "args": None, "exc_info": None, "exc_text": None,
                                        "stack_info": None})
        return super().format(record)


# Datasette abandons the other facets' coroutines when one facet's SQL fails (a bad
# _facet column): Python warns about each when it is collected, several lines apiece,
# for what was answered as one 400 already.
_ABANDONED_FACETS = r"coroutine '[\w.<>]*(?:facet_results|execute_suggested_facets)' was never awaited"


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter(LOG_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    warnings.filterwarnings("ignore", message=_ABANDONED_FACETS, category=RuntimeWarning)
    logging.captureWarnings(True)  # any other warning: one line through the handler
