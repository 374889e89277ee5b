/// A value of the MaxMind DB data section (spec 2.0, "Output Data Section"), as the writer takes it.
/// Maps keep their keys sorted when written, so equal maps always encode to equal bytes.
public indirect enum MMDBValue: Hashable, Sendable {
    case map([String: MMDBValue])
    case array([MMDBValue])
    case string(String)
    case double(Double)
    case float(Float)
    case uint16(UInt16)
    case uint32(UInt32)
    case uint64(UInt64)
    case uint128(UInt128)
    case int32(Int32)
    case boolean(Bool)
}
