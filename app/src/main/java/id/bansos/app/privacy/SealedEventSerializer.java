package id.bansos.app.privacy;

import id.bansos.ledger.privacy.PersonalData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The event store's serializer, sealing every payload and snapshot with the personal-data keys: the NIK, No. KK and
 * account numbers in events are never stored in the clear. Metadata (the correlation and trace identifiers of the
 * message that caused the event) holds no personal data and is stored as it is, so that every processor reading an
 * event does not open it again. Events and metadata stored sealed before are read as they are.
 */
public final class SealedEventSerializer implements Serializer {

    private final Serializer delegate;
    private final PersonalData keys;

    public SealedEventSerializer(Serializer delegate, PersonalData keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<byte[]> plain = delegate.serialize(object, byte[].class);
        SerializedObject<byte[]> sealed = new SimpleSerializedObject<>(keys.seal(plain.getData()), byte[].class,
                plain.getType());
        return delegate.getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedObject<byte[]> bytes = delegate.getConverter().convert(serializedObject, byte[].class);
        return delegate.deserialize(new SimpleSerializedObject<>(keys.open(bytes.getData()), byte[].class,
                bytes.getType()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
