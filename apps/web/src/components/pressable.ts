import type { KeyboardEvent } from 'react';

/**
 * Props that make a clickable card (a count that toggles a filter) a toggle button for the keyboard and screen
 * readers too: focusable, Enter or Space presses it, and it says whether it is on.
 */
export function pressable(onPress: () => void, pressed: boolean) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-pressed': pressed,
    onClick: onPress,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onPress();
    },
  } as const;
}
