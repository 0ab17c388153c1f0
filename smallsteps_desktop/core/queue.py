"""Which step comes next: open leaves of the step tree, in tree order.

Splitting a step gives it children; because the queue walks the tree depth
first, the children take the parent's place without renumbering anything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from smallsteps_desktop.core.models import Step, StepStatus

# A closed step closes its whole branch: what was handed off, done or dropped
# is not the owner's to do next.
_BRANCH_CLOSED = frozenset({StepStatus.DONE, StepStatus.DROPPED, StepStatus.DELEGATED})
# Stuck steps wait for a decision; the queue offers steps that can be started.
_READY = frozenset({StepStatus.INBOX, StepStatus.NEXT})


def children_by_parent(steps: Iterable[Step]) -> dict[int | None, list[Step]]:
    """Children per parent id (None for chores), in position order."""
    tree: dict[int | None, list[Step]] = defaultdict(list)
    for step in steps:
        tree[step.parent_id].append(step)
    for siblings in tree.values():
        siblings.sort(key=lambda s: (s.position, s.id))
    # "Start with what annoys you most": chores go by annoyance, then as written down.
    tree[None].sort(key=lambda s: (-(s.annoyance or 0), s.position, s.id))
    return tree


def ready_steps(steps: Iterable[Step]) -> Iterator[Step]:
    """Startable steps in the order the owner should do them."""
    tree = children_by_parent(steps)
    # An explicit stack instead of recursion: splits may nest to any depth.
    stack = list(reversed(tree.get(None, [])))
    while stack:
        step = stack.pop()
        if step.status in _BRANCH_CLOSED:
            continue
        children = tree.get(step.id, [])
        if children:
            # A split step is done through its smaller steps, never by itself.
            stack.extend(reversed(children))
        elif step.status in _READY:
            yield step


def first_ready(steps: Iterable[Step], exclude: int | None = None) -> Step | None:
    """The next step to offer, or None when nothing is left to start."""
    return next((s for s in ready_steps(steps) if s.id != exclude), None)
