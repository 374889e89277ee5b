import Audit
import Foundation
import Reporting
import TestSupport
import Testing

/// SARIF paths start at the repository root when the audited path is inside a git work tree.
@Suite struct GitWorkTreeTests {
    @Test func aSubfolderIsLocatedRelativeToTheRoot() throws {
        let temp = TemporaryDirectory(prefix: "git-work-tree")
        try FileManager.default.createDirectory(
            at: temp.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        temp.write("infra/shop/k8s/a.yaml", "x: 1\n")
        let root = temp.url.resolvingSymlinksInPath().path
        let sub = try #require(GitWorkTree.location(of: temp.url.appendingPathComponent("infra/shop")))
        #expect(sub == RepositoryLocation(rootPath: root, pathInRepository: "infra/shop"))
        #expect(sub.repositoryPath("k8s/a.yaml") == "infra/shop/k8s/a.yaml")
        let top = try #require(GitWorkTree.location(of: temp.url))
        #expect(top.pathInRepository.isEmpty)
        // `infra/shop/../shop` is the same folder.
        let dotted = GitWorkTree.location(of: URL(fileURLWithPath: temp.url.path + "/infra/shop/../shop"))
        #expect(dotted?.pathInRepository == "infra/shop")
    }

    /// A linked worktree or submodule has a `.git` file, not a folder.
    @Test func aGitFileMarksAWorkTreeToo() throws {
        let temp = TemporaryDirectory(prefix: "git-file")
        temp.write("wt/.git", "gitdir: /elsewhere/.git/worktrees/wt\n")
        temp.write("wt/svc/app.env", "DB=x\n")
        #expect(GitWorkTree.location(of: temp.url.appendingPathComponent("wt/svc"))?.pathInRepository == "svc")
    }

    /// Only meaningful where the temporary folder is not itself inside a repository.
    @Test(.enabled(if: GitWorkTree.location(of: FileManager.default.temporaryDirectory) == nil))
    func outsideAnyWorkTreeThereIsNone() {
        let temp = TemporaryDirectory(prefix: "no-git")
        temp.write("a/b.yaml", "x: 1\n")
        #expect(GitWorkTree.location(of: temp.url.appendingPathComponent("a")) == nil)
    }
}
