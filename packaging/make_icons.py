"""Draw OrderDesk's icon (a receiver on a blue square) as PNGs and a Windows .ico: resources/icons/."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = [16, 32, 48, 64, 128, 256]


def draw(size: int) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    r = max(2, size // 6)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=r, fill=(31, 94, 168, 255))
    s = size / 16
    d.rounded_rectangle((3 * s, 3 * s, 13 * s, 6 * s), radius=max(1, int(s)), fill="white")
    d.rectangle((3 * s, 5 * s, 5.5 * s, 9 * s), fill="white")
    d.rectangle((10.5 * s, 5 * s, 13 * s, 9 * s), fill="white")
    d.rectangle((4 * s, 10 * s, 12 * s, 13 * s), fill="white")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, img in images.items():
        img.save(OUT / f"orderdesk-{size}.png")
    images[256].save(OUT / "orderdesk.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
