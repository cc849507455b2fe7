"""Korean names written with a particle on to them: 러시아는, 북한과, 미국의.

Korean writes case and auxiliary particles (josa) on to the word they follow, so a name
is found with each particle it can take: the matcher looks for these words too, the
mention being the name alone.
"""

from __future__ import annotations

__all__ = ["with_particles"]

# Korean particles (josa), written on to the word they follow. Most come in two forms, for a
# word ending in a consonant (a final, batchim) or in a vowel (은/는); the "로" forms take "으"
# after a final other than ㄹ. Case and common auxiliary particles, and their usual pairs
# (에서는, 와의); not the copula (이다, 이라는), which makes the name part of a clause.
_PARTICLES = (
    "의", "에", "에서", "에게", "께", "께서", "한테", "도", "만", "까지", "부터", "보다",
    "처럼", "만큼", "마다", "조차", "마저", "밖에", "하고", "에는", "에도", "에의", "에서는",
    "에서도", "에서의", "에서만", "에서부터", "에게는", "에게도", "에게서", "한테서",
    "까지는", "까지도", "부터는", "만은", "만을", "만이", "만의", "보다는",
)  # fmt: skip
_PARTICLE_PAIRS = (  # (after a final consonant, after a vowel)
    ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("과의", "와의"),
    ("과는", "와는"), ("과도", "와도"), ("이나", "나"), ("이랑", "랑"), ("이라도", "라도"),
)  # fmt: skip
_RO_PARTICLES = ("로", "로는", "로도", "로의", "로서", "로써", "로부터", "로만")
_SYLLABLES = range(0xAC00, 0xD7A4)  # the precomposed Hangul syllables, 28 finals each
_FINAL_L = 8


def with_particles(key: str) -> list[str]:
    """The key of a Korean name followed by each particle it takes, or [] for other keys.

    >>> with_particles("북한")[:3], with_particles("러시아")[-2:], with_particles("Iran")
    (['북한의', '북한에', '북한에서'], ['러시아로부터', '러시아로만'], [])
    """
    if ord(key[-1]) not in _SYLLABLES:
        return []
    final = (ord(key[-1]) - _SYLLABLES.start) % 28  # 0: none, the word ends in a vowel
    paired = [pair[0] if final else pair[1] for pair in _PARTICLE_PAIRS]
    ro = [("으" if final not in (0, _FINAL_L) else "") + ro for ro in _RO_PARTICLES]
    return [key + particle for particle in (*_PARTICLES, *paired, *ro)]
