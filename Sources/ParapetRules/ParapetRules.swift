// The ParapetRules layer; see docs/ARCHITECTURE.md.
