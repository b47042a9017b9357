package dev.charter.adapter.assessor.semantic.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the head's small ONNX graphs ({@link DetectorGraph}, {@link LayersGraph}) directly in
 * ONNX's protocol-buffer encoding, so that ONNX Runtime's matrix kernels run them rather than Java
 * loops, and opens them. Only the handful of fields these graphs need are used, with their numbers
 * from {@code onnx.proto} (opset 13, IR version 7).
 */
final class OnnxProto {

  private static final int FLOAT = 1;
  private static final int ATTRIBUTE_INT = 2;
  private static final int ATTRIBUTE_INTS = 7;
  /** The longest a varint of 64 bits gets. */
  private static final int MAX_VARINT = 10;

  private OnnxProto() {}

  /**
   * A session for a small graph of the head. A few small products per text: no thread pool to hand
   * them around, no arena to keep.
   *
   * @param what what the graph is, for the error message
   */
  static OrtSession open(byte[] model, String what) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setCPUArenaAllocator(false);
      options.setMemoryPatternOptimization(false);
      return OrtEnvironment.getEnvironment().createSession(model, options);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load " + what + ": " + e.getMessage(), e);
    }
  }

  /** A model of one graph. */
  static byte[] model(Message graph) {
    return new Message()
        .varint(1, 7)
        .string(2, "charter")
        .message(7, graph)
        .message(8, new Message().string(1, "").varint(2, 13))
        .bytes();
  }

  /** A node of operator {@code op}, named after its output (node names must be unique in a graph). */
  static Message node(String op, String[] inputs, String output) {
    Message node = new Message();
    for (String input : inputs) {
      node.string(1, input);
    }
    return node.string(2, output).string(3, output).string(4, op);
  }

  static Message intsAttribute(String name, long value) {
    return new Message().string(1, name).varint(8, value).varint(20, ATTRIBUTE_INTS);
  }

  static Message intAttribute(String name, long value) {
    return new Message().string(1, name).varint(3, value).varint(20, ATTRIBUTE_INT);
  }

  /** A float tensor of constant values, row-major over {@code dims}. */
  static Message tensor(String name, float[] values, long... dims) {
    Message tensor = new Message();
    for (long dim : dims) {
      tensor.varint(1, dim);
    }
    return tensor.varint(2, FLOAT).string(8, name).floats(9, values);
  }

  /** A float tensor's name and shape; a negative dimension is left free (named {@code n}). */
  static Message valueInfo(String name, long... dims) {
    Message shape = new Message();
    for (long dim : dims) {
      shape.message(1, dim < 0 ? new Message().string(2, "n") : new Message().varint(1, dim));
    }
    Message tensorType = new Message().varint(1, FLOAT).message(2, shape);
    return new Message().string(1, name).message(2, new Message().message(1, tensorType));
  }

  /**
   * A protocol-buffer message being built: varints and length-delimited fields. Nothing is encoded
   * twice: {@link #bytes()} sizes the whole tree first and writes it once into one array, floats
   * straight from their arrays. (Writing each nested message out and copying it into its parent
   * made enough short-lived garbage that, with the JVM's default heap, creating the head's network
   * added 39 MB of resident memory; written once, 5 MB.)
   */
  static final class Message {
    /** Each part: literal bytes, or a length-delimited {@link Field}. */
    private final List<Object> parts = new ArrayList<>();
    private int size = -1;

    private record Field(int number, Object payload) {
      int payloadSize() {
        return payload instanceof Message m ? m.size() : ((float[]) payload).length * Float.BYTES;
      }
    }

    Message varint(int field, long value) {
      ByteBuffer out = ByteBuffer.allocate(2 * MAX_VARINT);
      writeVarint(out, (long) field << 3);
      writeVarint(out, value);
      parts.add(Arrays.copyOf(out.array(), out.position()));
      return this;
    }

    Message string(int field, String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      ByteBuffer out = ByteBuffer.allocate(2 * MAX_VARINT + utf8.length);
      writeVarint(out, (long) field << 3 | 2);
      writeVarint(out, utf8.length);
      out.put(utf8);
      parts.add(Arrays.copyOf(out.array(), out.position()));
      return this;
    }

    Message message(int field, Message value) {
      parts.add(new Field(field, value));
      return this;
    }

    /** Float32 values, little-endian, as ONNX stores raw tensor data. */
    Message floats(int field, float[] values) {
      parts.add(new Field(field, values));
      return this;
    }

    byte[] bytes() {
      ByteBuffer out = ByteBuffer.allocate(size()).order(ByteOrder.LITTLE_ENDIAN);
      write(out);
      return out.array();
    }

    private int size() {
      if (size < 0) {
        int total = 0;
        for (Object part : parts) {
          if (part instanceof byte[] literal) {
            total += literal.length;
          } else {
            Field f = (Field) part;
            int n = f.payloadSize();
            total += varintSize((long) f.number() << 3 | 2) + varintSize(n) + n;
          }
        }
        size = total;
      }
      return size;
    }

    private void write(ByteBuffer out) {
      for (Object part : parts) {
        if (part instanceof byte[] literal) {
          out.put(literal);
          continue;
        }
        Field f = (Field) part;
        writeVarint(out, (long) f.number() << 3 | 2);
        writeVarint(out, f.payloadSize());
        if (f.payload() instanceof Message m) {
          m.write(out);
        } else {
          for (float v : (float[]) f.payload()) {
            out.putFloat(v);
          }
        }
      }
    }

    private static int varintSize(long value) {
      int n = 1;
      while ((value & ~0x7FL) != 0) {
        value >>>= 7;
        n++;
      }
      return n;
    }

    private static void writeVarint(ByteBuffer out, long value) {
      while ((value & ~0x7FL) != 0) {
        out.put((byte) ((value & 0x7F) | 0x80));
        value >>>= 7;
      }
      out.put((byte) value);
    }
  }
}
