// The IAM policy engine; see docs/ARCHITECTURE.md.
