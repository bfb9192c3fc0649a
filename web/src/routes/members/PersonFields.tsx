import { NativeSelect, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { DateField } from '../../components/DateField.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type PersonField = 'fullName' | 'gender' | 'birthDate' | 'phone' | 'email';
type FieldProps = (field: PersonField) => GetInputPropsReturnType;

/** The person's name, as every person form asks it first. */
export function FullNameField({ field }: { field: FieldProps }) {
  const { t } = useTranslation();
  return <TextInput label={t('members.fullName')} withAsterisk data-autofocus {...field('fullName')} />;
}

/** Gender, birth date, phone, email: the same four grid cells in the add and edit forms. */
export function PersonDetailFields({ field }: { field: FieldProps }) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t('members.gender')}
        data={[
          { value: '', label: t('common.none') },
          { value: 'male', label: t('genders.male') },
          { value: 'female', label: t('genders.female') },
        ]}
        {...field('gender')}
      />
      <DateField label={t('members.birthDate')} {...field('birthDate')} />
      <TextInput label={t('members.phone')} type="tel" autoComplete="off" {...field('phone')} />
      <TextInput label={t('members.email')} type="email" autoComplete="off" {...field('email')} />
    </>
  );
}
