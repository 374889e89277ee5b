/// Where a cloud region physically is: its city and coordinates, for the latency model and for
/// "move it to the nearest allowed region" remediation. Only the regions that matter for a
/// Norway/EEA audit are listed (Europe, plus the four main US regions so that a US endpoint gets
/// a realistic distance); other regions keep their country only and are placed at the country's
/// reference point.
///
/// Sources: AWS "Regions and Availability Zones" (docs.aws.amazon.com/global-infrastructure/
/// latest/regions/aws-regions.html); Microsoft "Azure geographies" (azure.microsoft.com/explore/
/// global-infrastructure/geographies) and `az account list-locations` (which prints each
/// region's physical location); Google Cloud "Cloud locations" (cloud.google.com/about/locations).
/// Coordinates are the named city's centre, rounded to 0.01°: datacentres sit within tens of
/// kilometres, well inside the latency model's precision.
public struct RegionSite: Hashable, Sendable {
    public let table: String
    public let region: String
    public let country: String
    public let city: String
    public let latitude: Double
    public let longitude: Double
}

public enum RegionSites {
    public static let all: [RegionSite] = [
        // AWS
        .init(table: "aws", region: "eu-north-1", country: "SE", city: "Stockholm", latitude: 59.33, longitude: 18.07),
        .init(table: "aws", region: "eu-west-1", country: "IE", city: "Dublin", latitude: 53.35, longitude: -6.26),
        .init(table: "aws", region: "eu-west-2", country: "GB", city: "London", latitude: 51.51, longitude: -0.13),
        .init(table: "aws", region: "eu-west-3", country: "FR", city: "Paris", latitude: 48.86, longitude: 2.35),
        .init(table: "aws", region: "eu-central-1", country: "DE", city: "Frankfurt", latitude: 50.11, longitude: 8.68),
        .init(table: "aws", region: "eu-central-2", country: "CH", city: "Zurich", latitude: 47.37, longitude: 8.54),
        .init(table: "aws", region: "eu-south-1", country: "IT", city: "Milan", latitude: 45.46, longitude: 9.19),
        .init(table: "aws", region: "eu-south-2", country: "ES", city: "Aragón (Zaragoza)", latitude: 41.65, longitude: -0.88),
        .init(table: "aws", region: "us-east-1", country: "US", city: "N. Virginia (Ashburn)", latitude: 39.04, longitude: -77.49),
        .init(table: "aws", region: "us-east-2", country: "US", city: "Ohio (Columbus)", latitude: 39.96, longitude: -83.00),
        .init(table: "aws", region: "us-west-1", country: "US", city: "N. California (San Francisco)", latitude: 37.77, longitude: -122.42),
        .init(table: "aws", region: "us-west-2", country: "US", city: "Oregon (Boardman)", latitude: 45.84, longitude: -119.70),
        // AWS European Sovereign Cloud: "in the German state of Brandenburg"
        // (aws.amazon.com/compliance/europe-digital-sovereignty/); placed at Potsdam, its capital.
        .init(table: "aws-esc", region: "eusc-de-east-1", country: "DE", city: "Brandenburg", latitude: 52.40, longitude: 13.06),
        // Azure
        .init(table: "azure", region: "norwayeast", country: "NO", city: "Oslo", latitude: 59.91, longitude: 10.75),
        .init(table: "azure", region: "norwaywest", country: "NO", city: "Stavanger", latitude: 58.97, longitude: 5.73),
        .init(table: "azure", region: "swedencentral", country: "SE", city: "Gävle", latitude: 60.67, longitude: 17.14),
        .init(table: "azure", region: "northeurope", country: "IE", city: "Dublin", latitude: 53.35, longitude: -6.26),
        .init(table: "azure", region: "westeurope", country: "NL", city: "Amsterdam", latitude: 52.37, longitude: 4.90),
        .init(table: "azure", region: "francecentral", country: "FR", city: "Paris", latitude: 48.86, longitude: 2.35),
        .init(table: "azure", region: "francesouth", country: "FR", city: "Marseille", latitude: 43.30, longitude: 5.37),
        .init(table: "azure", region: "germanywestcentral", country: "DE", city: "Frankfurt", latitude: 50.11, longitude: 8.68),
        .init(table: "azure", region: "germanynorth", country: "DE", city: "Berlin", latitude: 52.52, longitude: 13.40),
        .init(table: "azure", region: "italynorth", country: "IT", city: "Milan", latitude: 45.46, longitude: 9.19),
        .init(table: "azure", region: "polandcentral", country: "PL", city: "Warsaw", latitude: 52.23, longitude: 21.01),
        .init(table: "azure", region: "spaincentral", country: "ES", city: "Madrid", latitude: 40.42, longitude: -3.70),
        .init(table: "azure", region: "switzerlandnorth", country: "CH", city: "Zurich", latitude: 47.37, longitude: 8.54),
        .init(table: "azure", region: "uksouth", country: "GB", city: "London", latitude: 51.51, longitude: -0.13),
        // Google Cloud
        .init(table: "gcp", region: "europe-north1", country: "FI", city: "Hamina", latitude: 60.57, longitude: 27.20),
        .init(table: "gcp", region: "europe-north2", country: "SE", city: "Stockholm", latitude: 59.33, longitude: 18.07),
        .init(table: "gcp", region: "europe-west1", country: "BE", city: "St. Ghislain", latitude: 50.47, longitude: 3.82),
        .init(table: "gcp", region: "europe-west2", country: "GB", city: "London", latitude: 51.51, longitude: -0.13),
        .init(table: "gcp", region: "europe-west3", country: "DE", city: "Frankfurt", latitude: 50.11, longitude: 8.68),
        .init(table: "gcp", region: "europe-west4", country: "NL", city: "Eemshaven", latitude: 53.44, longitude: 6.83),
        .init(table: "gcp", region: "europe-west6", country: "CH", city: "Zurich", latitude: 47.37, longitude: 8.54),
        .init(table: "gcp", region: "europe-west8", country: "IT", city: "Milan", latitude: 45.46, longitude: 9.19),
        .init(table: "gcp", region: "europe-west9", country: "FR", city: "Paris", latitude: 48.86, longitude: 2.35),
        .init(table: "gcp", region: "europe-west10", country: "DE", city: "Berlin", latitude: 52.52, longitude: 13.40),
        .init(table: "gcp", region: "europe-west12", country: "IT", city: "Turin", latitude: 45.07, longitude: 7.69),
        .init(table: "gcp", region: "europe-central2", country: "PL", city: "Warsaw", latitude: 52.23, longitude: 21.01),
        .init(table: "gcp", region: "europe-southwest1", country: "ES", city: "Madrid", latitude: 40.42, longitude: -3.70),
    ]

    private static let index: [String: RegionSite] = Dictionary(uniqueKeysWithValues: all.map { ("\($0.table)/\($0.region)", $0) })

    public static func site(table: String, region: String) -> RegionSite? { index["\(table)/\(region.lowercased())"] }
}
