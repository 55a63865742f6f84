from .erasure import (
    ErasureNotOpen,
    erasure_approve,
    erasure_plan,
    erasure_refuse,
    erasure_request_make,
    erasure_request_withdraw,
    person_erase,
)
from .exporting import archive_build, data_export_build, data_export_request, person_data
from .retention import retention_apply

__all__ = [
    "ErasureNotOpen",
    "archive_build",
    "data_export_build",
    "data_export_request",
    "erasure_approve",
    "erasure_plan",
    "erasure_refuse",
    "erasure_request_make",
    "erasure_request_withdraw",
    "person_data",
    "person_erase",
    "retention_apply",
]
