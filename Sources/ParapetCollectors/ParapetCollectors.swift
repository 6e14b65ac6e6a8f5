// The ParapetCollectors layer; see docs/ARCHITECTURE.md.
