import Foundation

/// The formats of `residency inventory`.
public enum InventoryFormat: String, CaseIterable, Sendable {
    case text
    case csv
    case json

    public func render(_ inventory: DataInventory) throws -> String {
        switch self {
        case .text: return InventoryText.render(inventory)
        case .csv: return InventoryCSV.render(inventory)
        case .json: return try JSONOutput.encode(inventory)
        }
    }
}
