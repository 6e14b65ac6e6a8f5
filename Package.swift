// swift-tools-version:6.0
import PackageDescription

/// Layers import downward only:
/// ParapetCLI -> ParapetReport, ParapetRules (-> ParapetPolicy), ParapetStore, ParapetNotify,
/// ParapetCollectors (-> ParapetAWS) -> ParapetCore.
let package = Package(
  name: "Parapet",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "parapet", targets: ["parapet"])
  ],
  targets: [
    .systemLibrary(
      name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
    .systemLibrary(
      name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(
      name: "CPostgres", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "ParapetCore"),
    .target(name: "ParapetAWS", dependencies: ["ParapetCore", "CCrypto", "CCurl"]),
    .target(name: "ParapetPolicy", dependencies: ["ParapetCore"]),
    .target(name: "ParapetCollectors", dependencies: ["ParapetCore", "ParapetAWS"]),
    .target(
      name: "ParapetRules", dependencies: ["ParapetCore", "ParapetPolicy", "CYAML"],
      resources: [.copy("BuiltinRules")]),
    .target(
      name: "ParapetReport", dependencies: ["ParapetCore"],
      resources: [.copy("Compliance/Frameworks")]),
    .target(
      name: "ParapetStore", dependencies: ["ParapetCore", "CSQLite", "CPostgres", "CCrypto"]),
    .target(name: "ParapetNotify", dependencies: ["ParapetCore", "ParapetAWS"]),
    .target(
      name: "ParapetDetect", dependencies: ["ParapetCore", "ParapetRules", "CZlib"],
      resources: [.copy("SigmaRules")]),
    .target(
      name: "ParapetRemediation",
      dependencies: ["ParapetCore", "ParapetAWS", "ParapetCollectors", "ParapetRules"]),
    .target(
      name: "ParapetCLI",
      dependencies: [
        "ParapetCore", "ParapetAWS", "ParapetCollectors", "ParapetRules", "ParapetReport",
        "ParapetStore", "ParapetNotify", "ParapetDetect", "ParapetRemediation",
      ]),
    .executableTarget(name: "parapet", dependencies: ["ParapetCLI"]),
    .testTarget(
      name: "ParapetTests",
      dependencies: [
        "ParapetCore", "ParapetAWS", "ParapetCollectors", "ParapetPolicy", "ParapetRules",
        "ParapetReport", "ParapetStore", "ParapetNotify", "ParapetDetect", "ParapetCLI",
        "ParapetRemediation",
      ],
      resources: [.copy("Fixtures")]),
  ]
)
