"""assert_linear_time (tests/helpers.py), the helper ~290 tests guard their readers' cost with: it fails a
quadratic reader, and times a dear linear one at a smaller size rather than at the full size it is given."""

import pytest

from helpers import ENOUGH_CPU, assert_linear_time


def test_a_quadratic_work_fails_its_pair():
    def quadratic(n):
        text = "a" * n
        return lambda: [text.count("a", start) for start in range(n)]  # the rest of the text from each place

    with pytest.raises(AssertionError, match="more than 3 times"):
        assert_linear_time(quadratic, 80_000)  # ~1.6 s of CPU at the full size, 0.4 s at its half


def test_a_dear_linear_work_is_timed_at_a_halving_of_its_size_and_passes():
    timed = []

    def linear(n):
        timed.append(n)
        return lambda: sum(1 for _ in range(n))

    size = 256_000_000  # several seconds of CPU at the full size
    assert assert_linear_time(linear, size) > 0
    assert timed[0] == size // 16  # the probe
    assert max(timed) < size and max(timed) >= ENOUGH_CPU * 1_000_000  # a faster machine than any yet


def test_a_cheap_work_is_timed_at_its_full_size():
    timed = []

    def linear(n):
        timed.append(n)
        return lambda: sum(1 for _ in range(n))

    assert_linear_time(linear, 2000)
    assert max(timed) == 2000


def test_a_work_with_a_bound_in_seconds_is_timed_at_its_full_size():
    timed = []

    def linear(n):
        timed.append(n)
        return lambda: sum(1 for _ in range(n))

    assert_linear_time(linear, 4_000_000, at_most=30)
    assert timed[1:] == [2_000_000, 4_000_000]  # after the probe, the pair at the full size
