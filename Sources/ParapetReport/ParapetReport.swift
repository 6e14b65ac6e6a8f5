// The ParapetReport layer; see docs/ARCHITECTURE.md.
