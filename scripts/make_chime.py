"""Synthesise the time's-up chime: two soft bell tones, 0.9 s, 16-bit mono WAV."""

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
TONES = ((659.25, 0.0), (987.77, 0.18))  # E5 then B5, like a kitchen-timer "ding-dong"
LENGTH = 0.9


def sample(t: float) -> float:
    value = 0.0
    for frequency, start in TONES:
        if t >= start:
            age = t - start
            envelope = math.exp(-age * 5.0) * min(1.0, age * 200)  # soft attack, bell decay
            value += envelope * (math.sin(2 * math.pi * frequency * age)
                                 + 0.3 * math.sin(4 * math.pi * frequency * age))
    return value * 0.35


def main(out: Path) -> None:
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, sample(i / RATE))) * 32_000))
                      for i in range(int(RATE * LENGTH)))
    with wave.open(str(out), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1
         else Path(__file__).resolve().parent.parent / "smallsteps_desktop/sounds/chime.wav")
