package dev.charter.adapter.assessor.semantic.internal;

import static dev.charter.adapter.assessor.semantic.internal.OnnxProto.intAttribute;
import static dev.charter.adapter.assessor.semantic.internal.OnnxProto.intsAttribute;
import static dev.charter.adapter.assessor.semantic.internal.OnnxProto.node;
import static dev.charter.adapter.assessor.semantic.internal.OnnxProto.tensor;
import static dev.charter.adapter.assessor.semantic.internal.OnnxProto.valueInfo;

/**
 * The token detectors as a three-node ONNX model: {@code strongest = ReduceMax(MatMul(tokens,
 * weights) + bias, axis 0)} over {@code tokens} of shape [n, dimension]. (ReLU is left to the
 * caller: the largest of the firings clipped at zero is the largest firing clipped at zero.)
 */
final class DetectorGraph {

  static final String INPUT = "tokens";
  static final String OUTPUT = "strongest";

  private DetectorGraph() {}

  /** The model's bytes, for {@code weights[i * count + c]} over {@code dimension} and {@code count} detectors. */
  static byte[] model(int dimension, int count, float[] weights, float[] bias) {
    return OnnxProto.model(new OnnxProto.Message()
        .message(1, node("MatMul", new String[] {INPUT, "weights"}, "product"))
        .message(1, node("Add", new String[] {"product", "bias"}, "firing"))
        .message(1, node("ReduceMax", new String[] {"firing"}, OUTPUT)
            .message(5, intsAttribute("axes", 0))
            .message(5, intAttribute("keepdims", 0)))
        .string(2, "charter-token-detectors")
        .message(5, tensor("weights", weights, dimension, count))
        .message(5, tensor("bias", bias, count))
        .message(11, valueInfo(INPUT, -1, dimension))
        .message(12, valueInfo(OUTPUT, count)));
  }
}
