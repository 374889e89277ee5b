import Dispatch
import Foundation
import ResidencyCore

/// nginx configurations: `upstream` blocks, the pass directives (proxy, grpc, fastcgi, uwsgi,
/// scgi, memcached) with `set`/`map` variables, `resolver`, and the routing from server and
/// location to upstream with the settings that decide connection reuse. Each file is parsed on
/// its own; `link` then expands `include`s from the files nothing else includes, so a file pulled
/// in by `nginx.conf` is read in the server and location it lands in.
public struct NginxScanner: FormatScanner {
    public init() {}

    /// One file as parsed, or why it could not be.
    public struct Parsed: Sendable {
        let file: SourceFile
        let directives: [NginxDirective]?
        let diagnostic: Diagnostic?
    }

    public var description: ScannerDescription {
        ScannerDescription(
            id: "nginx",
            title: "nginx configuration",
            summary: "Reads nginx.conf, *.nginx and the .conf files of nginx folders (conf.d/, sites-*/, "
                + "anything under a folder named like nginx) with nginx's own tokenizer, follows include "
                + "(globs, cycles detected), and reports upstream servers, proxy_pass / grpc_pass / fastcgi_pass / "
                + "uwsgi_pass / scgi_pass / memcached_pass targets (set and map values of variables included), "
                + "resolver addresses, and each route with its keepalive settings. unix: sockets and listen "
                + "addresses are not endpoints; loopback targets are, since the proxy forwards there.",
            references: [
                "https://nginx.org/en/docs/beginners_guide.html#conf_structure",
                "https://nginx.org/en/docs/http/ngx_http_upstream_module.html",
                "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
                "https://nginx.org/en/docs/ngx_core_module.html#include",
            ],
            examples: Self.examples)
    }

    /// `nginx.conf`, `*.nginx`, and every other `*.conf` (or `*.conf.template`) but RabbitMQ's: a `.conf` file may be
    /// nginx's wherever it lives (`frontend.conf`, `api.conf`); `recognizes` and `scan` decline
    /// it when it turns out to belong to another program.
    public func accepts(path: String) -> Bool {
        let name = PathName.lowercasedFileName(path)
        if Self.isNginxByName(name) { return true }
        // `*.conf.template`: the official image renders /etc/nginx/templates with envsubst, so
        // its `${VAR}` placeholders come out as unresolved references.
        let conf = name.hasSuffix(".conf") || name.hasSuffix(".conf.template") || name.hasSuffix(".conf.tmpl")
        return conf && !name.hasPrefix("rabbitmq")
    }

    static func isNginxByName(_ lowercasedName: String) -> Bool {
        lowercasedName == "nginx.conf" || lowercasedName.hasSuffix(".nginx") || lowercasedName.hasSuffix(".nginxconf")
    }

    /// Directive names of the core, http and stream modules that another program's `.conf`
    /// (supervisord, Redis, collectd, upstart, logstash) does not write at the top level.
    static let nginxDirectives: Set<String> = [
        "http", "server", "location", "upstream", "events", "stream", "map", "include", "resolver",
        "proxy_pass", "grpc_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "memcached_pass",
        "server_name", "listen", "root", "return", "rewrite", "worker_processes", "worker_connections",
        "proxy_set_header", "proxy_http_version", "add_header", "error_page", "access_log", "error_log",
        "client_max_body_size", "ssl_certificate", "limit_req_zone", "gzip", "types", "set", "if",
    ]

    /// By name, or by a directive only nginx writes: a Logstash pipeline, HOCON or supervisord
    /// `.conf` is another scanner's or the text fallback's.
    public func recognizes(_ file: SourceFile) -> Bool {
        Self.isNginxByName(file.name.lowercased()) || Self.looksLikeNginx(file.text)
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> Parsed? {
        let byName = Self.isNginxByName(file.name.lowercased())
        switch NginxParser.parse(file.text.bytes) {
        case .success(let directives):
            if !byName, !directives.contains(where: { Self.nginxDirectives.contains($0.nameText) }) { return nil }
            return Parsed(file: file, directives: directives, diagnostic: nil)
        case .failure(let f):
            // A template (consul-template, Jinja, Helm) is not nginx until rendered: declined,
            // so the text fallback reads it as if never claimed.
            if ContentSniff.contains("{{", in: file.text) || ContentSniff.contains("{%", in: file.text) { return nil }
            return Parsed(file: file, directives: nil, diagnostic: Self.diagnostic(f, in: file))
        }
    }

    /// Case-sensitive: Apache's `<Location />` and `ProxyPass` are not nginx.
    static func looksLikeNginx(_ text: SourceText) -> Bool {
        [
            "server_name ", "proxy_pass ", "location /", "location ~", "location =", "upstream ", "server {", "http {",
            "fastcgi_pass ",
        ].contains { ContentSniff.contains($0, in: text) }
    }

    static func diagnostic(_ f: NginxLexer.Failure, in file: SourceFile) -> Diagnostic {
        let p = file.text.position(ofByte: f.offset)
        return Diagnostic(path: file.path, line: p.line, column: p.column, message: "nginx: \(f.message)")
    }

    public func link(_ partials: [Parsed], context: ScanContext) -> ScanOutput {
        var out = ScanOutput()
        var parsedFiles: [String: (SourceFile, [NginxDirective])] = [:]
        var failedFiles: Set<String> = []
        for p in partials {
            if let d = p.diagnostic {
                out.diagnostics.append(d)
                failedFiles.insert(p.file.path)
            }
            if let d = p.directives { parsedFiles[p.file.path] = (p.file, d) }
        }
        let parsed = parsedFiles
        let failed = failedFiles
        let resolver = NginxIncludeResolver(context: context)
        // Files read only because something includes them (snippets/, *.inc, mime.types).
        let cache = LoadCache()
        let load: @Sendable (String) -> (SourceFile, [NginxDirective])? = { path in
            if let hit = parsed[path] { return hit }
            if failed.contains(path) { return nil }
            return cache.load(path, context: context)
        }

        // Roots: files no other scanned file includes. Files reached only through a cycle are
        // taken as roots afterwards, in path order, so nothing is left unread.
        var includedByOthers: Set<String> = []
        for (path, (_, directives)) in parsed {
            for pattern in Self.includePatterns(directives) {
                let dir = NginxIncludeResolver.directory(of: path)
                for target in resolver.resolve(pattern, includingFile: path, prefixDir: dir) where target != path {
                    includedByOthers.insert(target)
                }
            }
        }
        // Upstream blocks anywhere in the tree: a file copied into conf.d/ at build time names
        // the pools of an nginx.conf whose include the repository cannot resolve.
        var knownUpstreams: Set<String> = []
        for (_, (_, directives)) in parsed { NginxConfigWalker.upstreamNames(directives, into: &knownUpstreams) }
        let all = parsed.keys.sorted()
        let roots = all.filter { !includedByOthers.contains($0) }
        let rootSet = Set(roots)
        // Roots are independent of each other: expanded and walked in parallel, appended in path order.
        let upstreamNames = knownUpstreams
        let walked = UnsafeResults<(output: ScanOutput, reached: Set<String>)>(count: roots.count)
        DispatchQueue.concurrentPerform(iterations: roots.count) { i in
            walked[i] = Self.walk(
                roots[i], parsed: parsed, resolver: resolver, load: load, knownUpstreams: upstreamNames)
        }
        var reached: Set<String> = []
        for i in 0..<roots.count {
            out.append(walked[i]!.output)
            reached.formUnion(walked[i]!.reached)
        }
        for path in all where !rootSet.contains(path) && !reached.contains(path) {
            let w = Self.walk(path, parsed: parsed, resolver: resolver, load: load, knownUpstreams: knownUpstreams)
            out.append(w.output)
            reached.formUnion(w.reached)
        }
        out.diagnostics += cache.diagnostics
        return out
    }

    /// One top-level file with its includes expanded in place, walked.
    private static func walk(
        _ path: String, parsed: [String: (SourceFile, [NginxDirective])], resolver: NginxIncludeResolver,
        load: @escaping @Sendable (String) -> (SourceFile, [NginxDirective])?,
        knownUpstreams: Set<String>
    ) -> (output: ScanOutput, reached: Set<String>) {
        guard let (file, directives) = parsed[path] else { return (ScanOutput(), []) }
        var expander = NginxIncludeExpander(
            resolver: resolver, prefixDir: NginxIncludeResolver.directory(of: path), load: load)
        let nodes = expander.expand(root: file, directives)
        var output = NginxConfigWalker.walk(nodes, knownUpstreams: knownUpstreams)
        output.diagnostics += expander.diagnostics
        return (output, expander.reached)
    }

    /// Every include pattern written anywhere in a file (for the include graph).
    static func includePatterns(_ directives: [NginxDirective]) -> [String] {
        var out: [String] = []
        var stack = directives[...].map { $0 }
        while let d = stack.popLast() {
            if d.nameText == "include", d.block == nil, let arg = d.args.first { out.append(arg.value) }
            if let b = d.block { stack += b }
        }
        return out
    }

    /// Parsed included files, read once per link; roots are walked in parallel, hence the lock.
    final class LoadCache: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String: (SourceFile, [NginxDirective])?] = [:]
        private var failures: [Diagnostic] = []

        var diagnostics: [Diagnostic] { lock.withLock { failures } }

        func load(_ path: String, context: ScanContext) -> (SourceFile, [NginxDirective])? {
            if let hit = lock.withLock({ entries[path] }) { return hit }
            var value: (SourceFile, [NginxDirective])?
            var failure: Diagnostic?
            switch context.read(relativePath: path) {
            case .success(let file):
                switch NginxParser.parse(file.text.bytes) {
                case .success(let d): value = (file, d)
                case .failure(let f): failure = NginxScanner.diagnostic(f, in: file)
                }
            case .failure(.binary):
                break
            case .failure(let e):
                failure = Diagnostic(path: path, message: e.description)
            }
            return lock.withLock {
                // Two walkers may read the same snippet at once: the first to finish is kept, and
                // its failure reported once.
                if let hit = entries[path] { return hit }
                entries[path] = value
                if let failure { failures.append(failure) }
                return value
            }
        }
    }
}
