import ParapetCLI
