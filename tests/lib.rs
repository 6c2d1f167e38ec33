//! End-to-end tests for the workspace; the tests themselves live in `e2e/` (and read their
//! fixtures from `fixtures/`).
