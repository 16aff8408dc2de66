"""ReportLab documents: plain data in, PDF bytes out; one module a document."""
