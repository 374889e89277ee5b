import Resolution

/// Resolution's address type under a name of its own: the module `Resolution` shares its name
/// with the core `Resolution` struct, and Geolocation has an `IPAddress` of its own.
public typealias ResolverIPAddress = IPAddress
