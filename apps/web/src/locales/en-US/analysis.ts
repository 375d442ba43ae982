export const analysis = {
  menu: 'Analysis',
  title: 'Decision analysis',
  subtitle:
    'Completion of the year’s targets against plan and last year, by target type and category, and each unit’s lag month by month. Click a unit or type to see its targets.',
  allTypes: 'All target types',
  typeFilter: 'Target type',
  trend: { previous: '{year} actual' },
  completion: { title: 'Completion: planned vs actual' },
  heat: {
    title: 'Lag heat map',
    hint: 'Average points each unit’s published targets were behind plan at each month’s end, coloured by the warning thresholds (yellow ≥ {yellow}, red ≥ {red}); click a cell to see the unit’s targets.',
    unit: 'Unit',
    notYet: 'Month not yet begun',
    cell: '{unit} M{month}: planned {planned}%, actual {actual}%, {lag} points behind',
    green: 'On track',
    yellow: 'Yellow',
    red: 'Red',
  },
};
