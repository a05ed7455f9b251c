"""Reading inputs: files, bytes and their encodings, archives and web archives."""
