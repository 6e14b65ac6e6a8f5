// Threat detection over CloudTrail audit logs; see docs/ARCHITECTURE.md.
