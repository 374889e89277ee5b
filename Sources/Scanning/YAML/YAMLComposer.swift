import CYaml

/// Composes `YAMLNode` trees straight from libyaml's events: one reused event, no per-event
/// object, scalar text decoded once, and a duplicate-key check on the keys' texts. Composing
/// through Yams' `Node` (an event object, a tag object and several string conversions per
/// scalar, keys hashed as nodes) was most of a manifest scan's time.
///
/// It reads the common case only. Anything Yams decides in a way of its own (a syntax error and
/// its message, an undefined alias, a key text written twice, whose duplicate verdict depends on
/// tags, a collection as a key, a scalar starting with a byte order mark) stops it: the caller
/// then reads the rest of the file through Yams (`YAMLDocuments.each`), so the outcome is Yams'.
final class YAMLComposer {
    private struct Stop: Error {}

    // libyaml's state behind pointers: a class's `var` would be checked for exclusive access at
    // run time on every event.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    /// Anchors live across the documents of a stream, as in Yams; a later one shadows an earlier.
    private var anchors: [String: YAMLNode] = [:]

    private init() {
        parser.initialize(to: yaml_parser_t())
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
    }

    deinit {
        // Deleting an event zeroes it, and a zeroed event (none read yet) has nothing to free.
        yaml_event_delete(event)
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// Hands every document of `bytes` (UTF-8) to `body` in order. Returns how many it handed
    /// over and whether it read the stream to its end.
    static func each(_ bytes: [UInt8], _ body: (YAMLNode) -> Void) -> (documents: Int, complete: Bool) {
        let composer = YAMLComposer()
        var count = 0
        let empty: [UInt8] = [0]
        let input = bytes.isEmpty ? empty : bytes
        let complete = input.withUnsafeBufferPointer { buffer -> Bool in
            yaml_parser_set_encoding(composer.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(composer.parser, buffer.baseAddress, bytes.count)
            do {
                guard try composer.next() == YAML_STREAM_START_EVENT else { return false }
                while try composer.next() != YAML_STREAM_END_EVENT {
                    // The event just read starts a document; its root follows.
                    _ = try composer.next()
                    let root = try composer.node()
                    _ = try composer.next()  // the document's end
                    body(root)
                    count += 1
                }
                return true
            } catch {
                return false
            }
        }
        return (count, complete)
    }

    private func next() throws(Stop) -> yaml_event_type_t {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw Stop() }
        return event.pointee.type
    }

    private var mark: YAMLNode.Mark {
        YAMLNode.Mark(line: event.pointee.start_mark.line + 1, column: event.pointee.start_mark.column + 1)
    }

    /// The node that starts with the current event; on return the current event is its last.
    private func node() throws(Stop) -> YAMLNode {
        switch event.pointee.type {
        case YAML_ALIAS_EVENT:
            guard let name = Self.string(event.pointee.data.alias.anchor), let node = anchors[name] else { throw Stop() }
            return node
        case YAML_SCALAR_EVENT:
            let s = event.pointee.data.scalar
            let raw = UnsafeBufferPointer(start: s.value, count: s.length)
            // Yams decodes with Foundation, whose UTF-8 decoding may treat a leading BOM its own way.
            if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { throw Stop() }
            guard let style = YAMLNode.Style(rawValue: UInt8(truncatingIfNeeded: s.style.rawValue)) else {
                throw Stop()
            }
            let node = YAMLNode(.scalar(String(decoding: raw, as: UTF8.self), style), mark: mark)
            if let anchor = Self.string(s.anchor) { anchors[anchor] = node }
            return node
        case YAML_SEQUENCE_START_EVENT:
            let anchor = Self.string(event.pointee.data.sequence_start.anchor)
            let at = mark
            var items: [YAMLNode] = []
            while try next() != YAML_SEQUENCE_END_EVENT { items.append(try node()) }
            let node = YAMLNode(.sequence(items), mark: at)
            if let anchor { anchors[anchor] = node }
            return node
        case YAML_MAPPING_START_EVENT:
            let anchor = Self.string(event.pointee.data.mapping_start.anchor)
            let at = mark
            var pairs: [YAMLNode.Pair] = []
            while try next() != YAML_MAPPING_END_EVENT {
                let key = try node()
                guard case .scalar(let text, _) = key.content else { throw Stop() }
                _ = try next()
                pairs.append(YAMLNode.Pair(key: text, keyNode: key, value: try node()))
            }
            let node = YAMLNode(pairs: pairs, mark: at)
            guard case .mapping(_, _, true) = node.content else { throw Stop() }
            if let anchor { anchors[anchor] = node }
            return node
        default:
            throw Stop()
        }
    }

    /// An anchor's name as Yams decodes it.
    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String.decodeCString(pointer, as: UTF8.self, repairingInvalidCodeUnits: true)?.result
    }
}
