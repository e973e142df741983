import GeoJSON
import GeoModel
import SVGWriters
import Testing

/// Compile-time check that every public data type of `Writers` is `Sendable` (STYLE §4.4).
@Suite struct SendableTests {
  private func requireSendable<T: Sendable>(_: T.Type) {}

  @Test func publicValueTypesAreSendable() {
    requireSendable(Position.self)
    requireSendable(BoundingBox.self)
    requireSendable(Geometry.self)
    requireSendable(PropertyValue.self)
    requireSendable(FeatureID.self)
    requireSendable(Feature.self)
    requireSendable(FeatureEncoder.self)
    requireSendable(WriterError.self)
    requireSendable(WriterOptions.self)
    requireSendable(BoundaryReader.self)
    requireSendable(BoundaryFeature.self)
    requireSendable(SVGColor.self)
    requireSendable(SVGShape.self)
    requireSendable(SVGLegendEntry.self)
    requireSendable(SVGMap.self)
    requireSendable(SVGMapWriter.self)
  }
}
