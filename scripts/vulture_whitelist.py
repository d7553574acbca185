"""Names the dead-code check (vulture, run by scripts/test) cannot see used.

Each is used by something vulture does not read: a framework calling it by name, a table
row or report a struct mirrors, or a test seam. Anything else it reports is dead: remove it.
"""
# ruff: noqa: B018, F821

# Called by name: Litestar's OpenAPI schema object, uvicorn's protocol, io's raw files,
# Datasette's Facet classes, click's groups (cli._Commands finds its commands by name).
_.additional_properties
_.data_received
_.readable
_.suggest
_.facet_results
_.list_commands
_.get_command

# Fields of structs that mirror a table's row or a command's report.
_.unchanged  # importer.FileReport
_.line_count  # store.captures.CaptureRow: the captures table's column
_.raw_type
_.bytes_sent  # sync.client.SyncReport, read by scripts/benchmarks/sync_bench.py
_.bytes_received
_.datasets  # records.Observed: an observation's counts, the observations table's columns
_.spaces
_.then  # store.observations.UpvotesSince: the API's answer the popup reads
_.gained
_.replication  # api.status.StatusOut: /api/status's replication state (a response field)
_.not_added  # api.identified.IdentifiedOut: the identifiers that gave no paper (a response field)
_.litestream_pid  # store.replication.ReplicationStatus, written through msgspec replace(**changes)
# store.litestream.ReplicaConfig: the config file's [replicate] keys, read by getattr
_.endpoint
_.region
_.force_path_style
_.key_path
_.host_key

# Seams for tests and the demo library the Datasette tests serve; read_raw is how a
# capture's stored payload is read back (tests prove the payload round-trips).
use_wall_clock
read_raw
build_demo_library
accept_push  # sync.server: decode and apply a push in one call (the server splits them)
read_by_publisher_rows  # scripts/fidelity: which pages the --no-sites floor's test reads again
_._CHUNK_SIZE  # dump_reader.text_lines: CPython's TextIOWrapper reads this many bytes per read

# api.capture_body.CaptureBody: Litestar's DTO interface, called by name with these keywords.
_.decode_bytes
_.decode_builtins
_.create_for_field_definition
_.create_openapi_schema
_.generate_field_definitions
_.detect_nested_field
_.handler_id
_.backend_cls
_.model_type

# datasette/plugins/papershelf_render.py: Jinja makes its templates and contexts of the classes its
# environment names here, and reads its auto_reload when it looks a template up.
_.template_class
_.context_class
_.auto_reload
