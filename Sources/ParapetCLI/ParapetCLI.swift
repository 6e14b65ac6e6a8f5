// The ParapetCLI layer; see docs/ARCHITECTURE.md.
