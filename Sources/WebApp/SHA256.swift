import Interchange

/// Sessions and API tokens are stored as SHA-256 hashes, with the one implementation the pseudonymised
/// export uses (it lives in Interchange so the command line shares it).
typealias SHA256 = Interchange.SHA256
