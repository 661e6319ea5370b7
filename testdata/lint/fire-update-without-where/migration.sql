UPDATE t SET note = '';
