"""Publishing the library: Datasette wiring, exports (BibTeX, CSL-JSON, Markdown), public copy."""
