"""How a batch is cut into the groups its worker processes take."""

from __future__ import annotations

import pytest

from archiver.batch import split_groups


@pytest.mark.parametrize(("count", "jobs", "group"), [(2000, 2, 16), (10, 4, 16), (5, 1, 2)])
def test_fixed_groups(count: int, jobs: int, group: int) -> None:
    items = [str(n) for n in range(count)]
    groups = split_groups(items, jobs, group)
    assert [x for g in groups for x in g] == items
    size = min(group, -(-count // jobs))
    assert all(len(g) == size for g in groups[:-1])


@pytest.mark.parametrize("count", [1, 7, 100, 2000, 2001, 50000])
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_tapered_groups_shrink_to_the_end(count: int, jobs: int) -> None:
    items = [str(n) for n in range(count)]
    groups = split_groups(items, jobs, 256, taper_to=16)
    assert [x for g in groups for x in g] == items
    sizes = [len(g) for g in groups]
    assert max(sizes) <= 256
    assert sizes == sorted(sizes, reverse=True) or jobs == 1  # never bigger towards the end
    if jobs > 1:
        assert all(size >= 16 for size in sizes[:-1])
        # the last groups are small: taken in turn, they leave no process long alone
        assert sizes[-1] <= 16


def test_tapered_groups_of_the_export_benchmark() -> None:
    """2,000 bags over two workers: 18 groups (a flush wait each) instead of 32 of 64."""
    groups = split_groups([str(n) for n in range(2000)], 2, 256, taper_to=16)
    assert len(groups) == 18
    assert [len(g) for g in groups][:4] == [256] * 4
