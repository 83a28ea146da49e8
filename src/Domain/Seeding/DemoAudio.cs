using System.Buffers.Binary;

namespace Platform.Domain.Seeding;

/// <summary>Tiny deterministic WAV files (8 kHz, 16-bit mono tones) used as demo recording content.</summary>
public static class DemoAudio
{
    private const int SampleRate = 8000;

    /// <summary>A RIFF/WAVE file holding a sine tone.</summary>
    public static byte[] Tone(double seconds, double frequency)
    {
        var samples = (int)(seconds * SampleRate);
        var data = samples * 2;
        var wav = new byte[44 + data];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + data);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], data);
        for (var n = 0; n < samples; n++)
        {
            var value = (short)(Math.Sin(2 * Math.PI * frequency * n / SampleRate) * 8000);
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + (2 * n))..], value);
        }

        return wav;
    }
}
