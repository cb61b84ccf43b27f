import { whenPaneVisible, type VisibilitySources } from '../../src/app/whenPaneVisible';

function sources(visible: boolean) {
  const state = { visible, page: [] as (() => void)[], pane: [] as ((mode: string) => void)[] };
  const s: VisibilitySources = {
    pageVisible: () => state.visible,
    onPageVisibility: (l) => state.page.push(l),
    onPaneVisibility: (l) => state.pane.push(l),
  };
  return { s, state };
}

describe('whenPaneVisible', () => {
  it('starts at once when the pane is visible', () => {
    const { s } = sources(true);
    const start = jest.fn();
    whenPaneVisible(s, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits while the shared runtime runs hidden, and starts once when Office shows the task pane', () => {
    const { s, state } = sources(false);
    const start = jest.fn();
    whenPaneVisible(s, start);
    state.pane.forEach((l) => l('Hidden'));
    expect(start).not.toHaveBeenCalled();
    state.pane.forEach((l) => l('Taskpane'));
    state.visible = true;
    state.page.forEach((l) => l());
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('also starts when the page itself becomes visible (hosts without the visibility event)', () => {
    const { s, state } = sources(false);
    const start = jest.fn();
    const { onPaneVisibility: _absent, ...withoutPaneEvent } = s;
    whenPaneVisible(withoutPaneEvent, start);
    state.page.forEach((l) => l());
    expect(start).not.toHaveBeenCalled();
    state.visible = true;
    state.page.forEach((l) => l());
    expect(start).toHaveBeenCalledTimes(1);
  });
});
