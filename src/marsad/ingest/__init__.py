"""Reading articles in: readers (files, folders, archives, stdin), cleaning, Document building."""

from marsad.ingest.readers import read_inputs
from marsad.ingest.record import RawRecord, ReadError

__all__ = ["RawRecord", "ReadError", "read_inputs"]
