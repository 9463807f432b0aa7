import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAllCases } from '../all_cases/test_helpers';

describe('All cases page: Settings button', () => {
  it('opens the Settings page', async () => {
    renderAllCases();
    const button = await screen.findByTestId('configure-case-button');
    expect(button).toHaveTextContent('Settings');
    await userEvent.setup({ pointerEventsCheck: 0, delay: null }).click(button);
    expect(screen.getByTestId('location-probe')).toHaveAttribute('data-pathname', '/configure');
  });
});
