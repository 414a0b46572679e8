/**
 * jsdom lays nothing out: `offsetParent` is always null and the body measures 0 x 0, so Fluent's focus manager
 * (tabster) takes every element for hidden and skips it on Tab. Import first in component tests for real
 * keyboard behaviour.
 */
if (typeof HTMLElement !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentNode;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
    const rect = { x: 0, y: 0, top: 0, left: 0, right: 1024, bottom: 768, width: 1024, height: 768 };
    return { ...rect, toJSON: () => rect };
  };
}

export {};
