import { configure } from '@testing-library/dom';

// findBy*/waitFor default to 1 s, which a loaded 2-core CI machine can exceed while React renders the whole pane;
// the assertions stay the same, only the time they may take to become true grows.
configure({ asyncUtilTimeout: 10_000 });
