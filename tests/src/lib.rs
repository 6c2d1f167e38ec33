//! End-to-end tests of revolv3-client live in `tests/`.
