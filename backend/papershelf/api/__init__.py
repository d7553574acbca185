"""The HTTP API the browser extension (and scripts) talk to: `create_app(settings)`."""
