package dev.charter.adapter.assessor.semantic.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The token detectors as a four-node ONNX model, so that ONNX Runtime's matrix kernels run them
 * rather than a Java loop: {@code strongest = ReduceMax(MatMul(tokens, weights) + bias, axis 0)}
 * over {@code tokens} of shape [n, dimension]. (ReLU is left to the caller: the largest of the
 * firings clipped at zero is the largest firing clipped at zero.)
 *
 * <p>The model is written directly in ONNX's protocol-buffer encoding; only the handful of fields
 * this graph needs are used, with their numbers from {@code onnx.proto} (opset 13, IR version 7).
 */
final class DetectorGraph {

  static final String INPUT = "tokens";
  static final String OUTPUT = "strongest";

  private static final int FLOAT = 1;
  private static final int ATTRIBUTE_INT = 2;
  private static final int ATTRIBUTE_INTS = 7;

  private DetectorGraph() {}

  /** The model's bytes, for {@code weights[i * count + c]} over {@code dimension} and {@code count} detectors. */
  static byte[] model(int dimension, int count, float[] weights, float[] bias) {
    Message graph = new Message()
        .message(1, node("MatMul", new String[] {INPUT, "weights"}, "product"))
        .message(1, node("Add", new String[] {"product", "bias"}, "firing"))
        .message(1, node("ReduceMax", new String[] {"firing"}, OUTPUT)
            .message(5, new Message().string(1, "axes").varint(8, 0).varint(20, ATTRIBUTE_INTS))
            .message(5, new Message().string(1, "keepdims").varint(3, 0).varint(20, ATTRIBUTE_INT)))
        .string(2, "charter-token-detectors")
        .message(5, tensor("weights", weights, dimension, count))
        .message(5, tensor("bias", bias, count))
        .message(11, valueInfo(INPUT, -1, dimension))
        .message(12, valueInfo(OUTPUT, count));
    return new Message()
        .varint(1, 7)
        .string(2, "charter")
        .message(7, graph)
        .message(8, new Message().string(1, "").varint(2, 13))
        .bytes();
  }

  private static Message node(String op, String[] inputs, String output) {
    Message node = new Message();
    for (String input : inputs) {
      node.string(1, input);
    }
    return node.string(2, output).string(3, op.toLowerCase(java.util.Locale.ROOT)).string(4, op);
  }

  private static Message tensor(String name, float[] values, long... dims) {
    Message tensor = new Message();
    for (long dim : dims) {
      tensor.varint(1, dim);
    }
    return tensor.varint(2, FLOAT).string(8, name).raw(9, ClassifierHead.littleEndian(values));
  }

  /** A float tensor's name and shape; a negative dimension is left free (named {@code n}). */
  private static Message valueInfo(String name, long... dims) {
    Message shape = new Message();
    for (long dim : dims) {
      shape.message(1, dim < 0 ? new Message().string(2, "n") : new Message().varint(1, dim));
    }
    Message tensorType = new Message().varint(1, FLOAT).message(2, shape);
    return new Message().string(1, name).message(2, new Message().message(1, tensorType));
  }

  /** A protocol-buffer message being written: varints and length-delimited fields. */
  private static final class Message {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Message varint(int field, long value) {
      writeVarint((long) field << 3);
      writeVarint(value);
      return this;
    }

    Message string(int field, String value) {
      return raw(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Message message(int field, Message value) {
      return raw(field, value.bytes());
    }

    Message raw(int field, byte[] value) {
      writeVarint((long) field << 3 | 2);
      writeVarint(value.length);
      out.writeBytes(value);
      return this;
    }

    byte[] bytes() {
      return out.toByteArray();
    }

    private void writeVarint(long value) {
      while ((value & ~0x7FL) != 0) {
        out.write((int) (value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out.write((int) value);
    }
  }
}
