import type { CommanderError } from 'commander';

/** Commander speaks English; users read Russian. */
export function translateCommanderError(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownCommand':
      return `неизвестная команда «${quoted}».`;
    case 'commander.unknownOption':
      return `неизвестный параметр «${quoted}».`;
    case 'commander.missingArgument':
      return `не хватает аргумента «${quoted}».`;
    case 'commander.optionMissingArgument':
      return `у параметра «${quoted}» нет значения.`;
    case 'commander.missingMandatoryOptionValue':
      return `не указан обязательный параметр «${quoted}».`;
    case 'commander.excessArguments':
      return 'лишние аргументы.';
    case 'commander.invalidArgument': {
      const value = /argument '([^']*)' is invalid/.exec(error.message)?.[1] ?? quoted;
      const choices = /Allowed choices are (.*)\./.exec(error.message)?.[1];
      return choices ? `недопустимое значение «${value}»: допустимы ${choices}.` : `недопустимое значение «${value}».`;
    }
    default:
      return 'неверный вызов.';
  }
}
