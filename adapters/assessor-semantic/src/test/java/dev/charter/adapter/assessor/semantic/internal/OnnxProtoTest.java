package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class OnnxProtoTest {

  @Test
  void writesEachKindOfFieldAsTheProtocolBufferEncodingSays() {
    OnnxProto.Message message = new OnnxProto.Message()
        .varint(1, 300)
        .string(2, "hi")
        .message(3, new OnnxProto.Message().varint(1, 1))
        .floats(4, new float[] {1f});

    assertThat(message.bytes()).containsExactly(
        0x08, 0xAC, 0x02,              // field 1, varint: 300 in two groups of seven bits
        0x12, 0x02, 'h', 'i',          // field 2, length-delimited: two bytes of UTF-8
        0x1A, 0x02, 0x08, 0x01,        // field 3, a nested message: field 1 = 1
        0x22, 0x04, 0x00, 0x00, 0x80, 0x3F); // field 4, one float32, little-endian
  }

  @Test
  void aNestedMessageLongerThanOneLengthByteIsSizedAndWrittenWhole() {
    float[] values = new float[40];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    OnnxProto.Message inner = new OnnxProto.Message().floats(9, values);

    byte[] bytes = new OnnxProto.Message().message(7, inner).varint(8, 13).bytes();

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(new byte[] {0x3A, (byte) 0xA3, 0x01});          // field 7, 163 bytes
    expected.writeBytes(new byte[] {0x4A, (byte) 0xA0, 0x01});          // field 9, 160 bytes
    expected.writeBytes(ClassifierHead.littleEndian(values));
    expected.writeBytes(new byte[] {0x40, 0x0D});                       // field 8 = 13
    assertThat(bytes).containsExactly(expected.toByteArray());
  }
}
